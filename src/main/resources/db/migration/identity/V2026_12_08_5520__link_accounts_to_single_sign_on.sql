-- Single sign-on (issue 22 item 4): an account created at its first OpenID Connect sign-in is tied to
-- the provider's subject, never to a user name the provider might hand to someone else later. Local
-- accounts keep both columns empty and sign in with their password as before.
ALTER TABLE identity.user_account
    ADD COLUMN external_issuer  varchar(300),
    ADD COLUMN external_subject varchar(255),
    ADD CONSTRAINT user_account_external_both CHECK ((external_issuer IS NULL) = (external_subject IS NULL));

CREATE UNIQUE INDEX user_account_external_idx
    ON identity.user_account (external_issuer, external_subject) WHERE external_issuer IS NOT NULL;
