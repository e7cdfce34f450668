package org.vidnova;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Vidnova: the city's register of war losses, shelters and recovery. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VidnovaApplication {

    public static void main(String[] args) {
        SpringApplication.run(VidnovaApplication.class, args);
    }
}
