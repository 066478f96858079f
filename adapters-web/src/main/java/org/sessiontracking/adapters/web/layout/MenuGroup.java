package org.sessiontracking.adapters.web.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a view's {@code @Menu} entry under a labelled group of the side navigation, e.g.
 * "Configuration &gt; Session Types". Vaadin's {@code @Menu} has no notion of a parent.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuGroup {

    String value();

    String icon() default "vaadin:cog";
}
