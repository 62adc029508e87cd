package vn.innohub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** InnoHub: the provincial innovation and startup ecosystem platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class InnohubApplication {

  public static void main(String[] args) {
    SpringApplication.run(InnohubApplication.class, args);
  }
}
