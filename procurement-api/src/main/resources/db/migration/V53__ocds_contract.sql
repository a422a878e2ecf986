-- The process each contract belongs to, for the OCDS publisher: only ContractCreated names the tender, the
-- later contract events name the contract alone.
CREATE TABLE ocds_contract (
    contract_id UUID NOT NULL PRIMARY KEY,
    process_id  UUID NOT NULL
);
