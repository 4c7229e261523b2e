package io.livedrop.creator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CreatorServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CreatorServiceApplication.class, args);
    }
}
