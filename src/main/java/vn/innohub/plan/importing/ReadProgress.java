package vn.innohub.plan.importing;

/**
 * How far the reading of a long document has gone, for the progress bar of the web import: called after each page
 * of a PDF read (text layer or OCR) with the pages done and the pages in all. Called on the thread that reads.
 */
@FunctionalInterface
public interface ReadProgress {

  ReadProgress NONE = (done, total) -> { };

  void pages(int done, int total);
}
