package io.livedrop.notification.websocket;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * The buffers each open socket holds for as long as it is open. Tomcat's defaults came to about 78 KB of heap
 * per socket (measured: 10,000 idle sockets held 780 MB), more than an instance's whole heap at the fan-out
 * benchmark's 10,000 sockets. These sockets carry small notifications one way, so the buffers can be small.
 */
@Configuration(proxyBeanMethods = false)
class SocketBuffers {

    // Clients send nothing on this socket; a larger message from one closes it (1009, too big).
    static final int INBOUND_MESSAGE_LIMIT = 1024;
    // Tomcat's per-socket read, write and encoding buffers. A notification is under 1 KB, so it goes out as one
    // frame; a longer one is sent in fragments, which every client joins.
    static final int FRAME_BUFFER_BYTES = 2048;
    // The connection's own read and write buffers (8 KB each by default), also used by plain HTTP requests.
    private static final int CONNECTION_BUFFER_BYTES = 4096;
    private static final String FRAME_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(INBOUND_MESSAGE_LIMIT);
        container.setMaxBinaryMessageBufferSize(INBOUND_MESSAGE_LIMIT);
        return container;
    }

    @Bean
    TomcatConnectorCustomizer smallConnectionBuffers() {
        return connector -> {
            // Tomcat reads its frame buffer size from this system property only, once, as the server starts
            // (just after this customizer runs); an operator's -D setting wins.
            if (System.getProperty(FRAME_BUFFER_PROPERTY) == null) {
                System.setProperty(FRAME_BUFFER_PROPERTY, Integer.toString(FRAME_BUFFER_BYTES));
            }
            connector.setProperty("socket.appReadBufSize", Integer.toString(CONNECTION_BUFFER_BYTES));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(CONNECTION_BUFFER_BYTES));
        };
    }
}
