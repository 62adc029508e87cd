/**
 * Tìm kiếm: the search engine set-up shared by every module that indexes its entities (Hibernate Search; embedded
 * Lucene by default, an Elasticsearch/OpenSearch cluster by configuration) and its Vietnamese-aware analysis:
 * accents, "đ"/"d" and case do not hide results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package vn.innohub.search;
