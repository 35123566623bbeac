-- The per-address cap sums an address's recent failures over every name it tried: the primary key
-- (username, address) cannot answer that by address.
CREATE INDEX login_failure_address_idx ON identity.login_failure (address, last_failed_at);
