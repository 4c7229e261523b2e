package io.livedrop.drop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DropServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DropServiceApplication.class, args);
    }
}
