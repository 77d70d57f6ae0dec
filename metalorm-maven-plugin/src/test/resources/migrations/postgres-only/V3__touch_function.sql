-- a dollar-quoted body with semicolons: Flyway's PostgreSQL parser, not a split on ';', has to read it
CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  happened_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE FUNCTION touch() RETURNS trigger AS $$
BEGIN
  INSERT INTO audit_log DEFAULT VALUES;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER posts_touch AFTER INSERT ON posts FOR EACH ROW EXECUTE FUNCTION touch();
