package io.livedrop.testinfra;

import java.nio.file.Path;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/**
 * Takes Elasticsearch away and brings it back, for tests of what survives an outage. Other tests
 * share the node: call {@link #startNode()} in a {@code finally} block.
 */
public sealed interface ElasticsearchOutage {

    void stopNode();

    /** Returns once the node answers cluster health green or yellow again. */
    void startNode();

    /** The node process that {@code ./livedrop} started, stopped and started by that script. */
    record LocalNode(Path repositoryRoot) implements ElasticsearchOutage {

        @Override
        public void stopNode() {
            LocalServers.run(repositoryRoot, "stop", "elasticsearch");
        }

        @Override
        public void startNode() {
            LocalServers.run(repositoryRoot, "start", "elasticsearch");
        }
    }

    /** A Testcontainers node: pausing freezes it exactly as an unreachable node looks. */
    record PausedContainer(ElasticsearchContainer container) implements ElasticsearchOutage {

        @Override
        public void stopNode() {
            container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
        }

        @Override
        public void startNode() {
            container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
        }
    }
}
