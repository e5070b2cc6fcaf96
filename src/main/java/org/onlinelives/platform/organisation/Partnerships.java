package org.onlinelives.platform.organisation;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface Partnerships extends ListCrudRepository<Partnership, Long> {

	@Override
	@Transactional
	<S extends Partnership> S save(S entity);

	boolean existsByName(String name);

	/** Whether any partnership still lets its staff sign in with a password. */
	@Query("select exists (select 1 from partnership where password_sign_in = true)")
	boolean anyWithPasswordSignIn();

}
