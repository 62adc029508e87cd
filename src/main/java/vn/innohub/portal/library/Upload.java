package vn.innohub.portal.library;

/** A file as it was uploaded: the name the browser gave and the bytes; its kind is read from the bytes. */
public record Upload(String fileName, byte[] content) {

  public boolean isEmpty() {
    return content == null || content.length == 0;
  }
}
