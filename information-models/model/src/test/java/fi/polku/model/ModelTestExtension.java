package fi.polku.model;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the {@link ModelPackage} and the {@link ModelValidator}. Both live in the root store, so
 * every test class of the run shares one package and one validator: the R5 core is loaded once.
 */
final class ModelTestExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ModelTestExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ModelPackage.class || type == ModelValidator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ModelPackage.class
        ? modelPackage(context)
        : validator(context);
  }

  private static ModelPackage modelPackage(ExtensionContext context) {
    return store(context)
        .computeIfAbsent(
            ModelPackage.class,
            k -> ModelPackage.load(ModelPackage.newPolkuContext()),
            ModelPackage.class);
  }

  private static ModelValidator validator(ExtensionContext context) {
    ModelPackage modelPackage = modelPackage(context);
    return store(context)
        .computeIfAbsent(
            ModelValidator.class, k -> ModelValidator.create(modelPackage), ModelValidator.class);
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE);
  }
}
