package io.livedrop.search;

import io.livedrop.search.rebuild.RebuildCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SearchServiceApplication {

    public static void main(String[] args) {
        if (RebuildCommand.requested(args)) {
            RebuildCommand.run(SearchServiceApplication.class, args);
            return;
        }
        SpringApplication.run(SearchServiceApplication.class, args);
    }
}
