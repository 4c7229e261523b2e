package io.livedrop.testinfra;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Lets every Spring test context resolve {@code ${LIVEDROP_*}} placeholders through
 * {@link Servers}: the real environment when set, Testcontainers or a clear failure otherwise.
 * Lowest precedence, so exported environment variables always win.
 */
class ServersContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new ServersContextCustomizer();
    }

    private static final class ServersContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getEnvironment().getPropertySources().addLast(new ServersPropertySource());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ServersContextCustomizer;
        }

        @Override
        public int hashCode() {
            return ServersContextCustomizer.class.hashCode();
        }
    }

    private static final class ServersPropertySource extends PropertySource<Object> {

        ServersPropertySource() {
            super("livedropServers", new Object());
        }

        @Override
        public Object getProperty(String name) {
            return Servers.knows(name) ? Servers.get(name) : null;
        }
    }
}
