package vn.innohub.shared.files;

/**
 * A security event: an upload refused as too complex to read (a likely zip or PDF bomb), with the limit it crossed
 * and the message shown. Published on the uploader's request thread; the audit module records it.
 */
public record UploadRefused(String limit, String code) {}
