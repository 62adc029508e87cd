package vn.innohub.shared.time;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Makes {@link DisplayTime} available to every template as {@code #times}. */
@Component
class DisplayTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final DisplayTime times;

  DisplayTimeDialect(DisplayTime times) {
    super("innohub-times");
    this.times = times;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("times");
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return "times".equals(expressionObjectName) ? times : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
