package dev.plancompliance.model.testkit;

import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/** Hands out one of {@link PlanArbitraries}' generators for {@code @ForAll} parameters of one model type. */
abstract class ModelArbitraryProvider implements ArbitraryProvider {
  private final Class<?> type;
  private final Supplier<Arbitrary<?>> arbitrary;

  ModelArbitraryProvider(Class<?> type, Supplier<Arbitrary<?>> arbitrary) {
    this.type = type;
    this.arbitrary = arbitrary;
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(type);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(arbitrary.get());
  }
}
