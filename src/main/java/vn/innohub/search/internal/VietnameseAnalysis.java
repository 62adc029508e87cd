package vn.innohub.search.internal;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers every indexed module uses, the same on both backends. "vietnamese": words lower-cased with their
 * accents folded (ASCII folding maps "đ" to "d", "ệ" to "e"), so "khoi nghiep nong nghiep" finds "khởi nghiệp nông
 * nghiệp"; "vietnamese_prefix": the same cut into word prefixes, for suggestions while typing; normalizer
 * "vietnamese_sort": whole values folded the same way, for sorting and facets.
 */
public class VietnameseAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer("vietnamese").custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
    context.analyzer("vietnamese_prefix").custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(EdgeNGramFilterFactory.class).param("minGramSize", "1").param("maxGramSize", "20");
    context.normalizer("vietnamese_sort").custom()
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context.analyzer("vietnamese").custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
    context.tokenFilter("vietnamese_edge").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
    context.analyzer("vietnamese_prefix").custom().tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", "vietnamese_edge");
    context.normalizer("vietnamese_sort").custom().tokenFilters("lowercase", "asciifolding");
  }
}
