package org.onlinelives.platform.people;

import org.springframework.data.relational.core.mapping.Table;

@Table("user_role")
record UserRole(Role role) {
}
