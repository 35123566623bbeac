-- Issue 16 item 7: who may assess level 3+ systems (Decree 85/2016 Art. 20.2.c, last indent). The licence
-- names the service it covers (Law 86/2015 Art. 41.1) and who issued it; an organisation without a licence
-- may hold a mandate: a public service function or a designation by the competent authority. Existing
-- licences keep an empty kind: nobody knows it until the coordinator records it.
ALTER TABLE agencies.agency
    ADD COLUMN licence_kind        varchar(40),
    ADD COLUMN licence_issuer      varchar(300),
    ADD COLUMN mandate_kind        varchar(30)
        CHECK (mandate_kind IN ('PUBLIC_SERVICE_FUNCTION', 'DESIGNATED')),
    ADD COLUMN mandate_reference   varchar(300),
    ADD COLUMN mandate_valid_from  date,
    ADD COLUMN mandate_valid_until date,
    ADD CHECK (mandate_valid_until IS NULL OR mandate_valid_from IS NULL OR mandate_valid_until >= mandate_valid_from);
