-- A published release never changes and is never withdrawn: a correction is a new release. The database
-- refuses any update or delete of a published release, whoever asks.
CREATE FUNCTION ocds_release_is_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'OCDS release % is published and cannot be changed or withdrawn', OLD.release_id;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ocds_release_immutable
    BEFORE UPDATE OR DELETE ON ocds_release
    FOR EACH ROW EXECUTE FUNCTION ocds_release_is_immutable();
