package org.onlinelives.assessment.api;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ApiTokens extends Repository<ApiToken, Long> {

	@Transactional
	ApiToken save(ApiToken token);

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

	Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

}
