package org.onlinelives.platform.organisation;

import org.springframework.data.repository.ListCrudRepository;

public interface Partnerships extends ListCrudRepository<Partnership, Long> {

	boolean existsByName(String name);

}
