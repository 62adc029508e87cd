package vn.innohub.plan.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.innohub.plan.importing.OcrEngine;

/** The OCR engine of plan imports from {@code innohub.ocr.*}, applied once at start to the static readers. */
@Component
class OcrSettings {

  OcrSettings(@Value("${innohub.ocr.enabled:true}") boolean enabled,
      @Value("${innohub.ocr.command:tesseract}") String command,
      @Value("${innohub.ocr.page-timeout:PT60S}") Duration pageTimeout,
      @Value("${innohub.ocr.parallel:2}") int parallel) {
    OcrEngine.use(new OcrEngine(command, enabled, pageTimeout, parallel));
  }
}
