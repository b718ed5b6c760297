package dev.plancompliance.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: the abstract type is the API and exposes {@code builder()};
 * {@code build()} returns the abstract type. The generated {@code Immutable*} classes are public only
 * because classic DRL (rules compiled at run time) reads properties by reflection on the fact's runtime
 * class, which fails for a package-private class; code should name the abstract types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true, prehash = false))
@interface PlanStyle {}
