package org.onlinelives;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Online Lives: bringing young people's online lives into safeguarding practice.
 */
@SpringBootApplication
public class OnlineLivesApplication {

	public static void main(String[] args) {
		SpringApplication.run(OnlineLivesApplication.class, args);
	}

}
