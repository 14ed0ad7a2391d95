-- Hand-written: full-text search (lib/server/search). One table per kind of thing with a
-- tsvector ('simple' configuration: no stemming or stop words, so names and numbers match)
-- under a GIN index, kept in step by the triggers below so that no write can forget the
-- index, and filled from the existing data at the end (backfill). Removed claims, hidden
-- sources and the like stay in the index: the search query filters them, with the live
-- row, at read time. The tables are external to Prisma's schema (lib/db/schema-engine.ts
-- leaves the "search_" tables out of its diffs).

CREATE TABLE "search_article" ("id" TEXT PRIMARY KEY, "title" TEXT NOT NULL, "body" TEXT NOT NULL, "document" tsvector NOT NULL);
CREATE TABLE "search_claim" ("id" TEXT PRIMARY KEY, "quote" TEXT NOT NULL, "rating" TEXT NOT NULL, "assignee" TEXT NOT NULL, "document" tsvector NOT NULL);
CREATE TABLE "search_source" ("id" TEXT PRIMARY KEY, "document" tsvector NOT NULL);
CREATE TABLE "search_comment" ("id" TEXT PRIMARY KEY, "mentions" TEXT NOT NULL, "document" tsvector NOT NULL);
CREATE INDEX "search_article_document_idx" ON "search_article" USING GIN ("document");
CREATE INDEX "search_claim_document_idx" ON "search_claim" USING GIN ("document");
CREATE INDEX "search_source_document_idx" ON "search_source" USING GIN ("document");
CREATE INDEX "search_comment_document_idx" ON "search_comment" USING GIN ("document");

-- The words of a text as SQLite's FTS5 (unicode61) sees them: ASCII punctuation separates
-- words, so "bbc.co.uk/news" is found by "bbc" and "covid-19" by "covid" (PostgreSQL's own
-- parser would keep hosts, URLs and hyphenated words whole).
CREATE FUNCTION "search_words"(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(coalesce(t, ''), '[!-/:-@\[-`{-~[:space:]]+', ' ', 'g')
$$;

-- A tsvector is at most 1 MB: an article too long for one is indexed by its first 100,000
-- characters rather than refusing the write.
CREATE FUNCTION "search_vector"(t TEXT, w "char") RETURNS tsvector LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN setweight(to_tsvector('simple', "search_words"(t)), w);
EXCEPTION WHEN program_limit_exceeded THEN
    RETURN setweight(to_tsvector('simple', "search_words"(left(t, 100000))), w);
END;
$$;

-- The plain text of a Tiptap JSON document: text nodes in document order, a space between
-- blocks and at a hard break.
CREATE FUNCTION "search_doc_text"(node JSONB) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    result TEXT;
BEGIN
    IF jsonb_typeof(node -> 'text') = 'string' THEN
        RETURN node ->> 'text';
    ELSIF node ->> 'type' = 'hardBreak' THEN
        RETURN ' ';
    ELSIF jsonb_typeof(node -> 'content') = 'array' THEN
        SELECT string_agg("search_doc_text"(child), '' ORDER BY ord) INTO result
        FROM jsonb_array_elements(node -> 'content') WITH ORDINALITY AS c(child, ord);
        RETURN ' ' || coalesce(result, '');
    END IF;
    RETURN '';
END;
$$;

CREATE FUNCTION "search_index_article"(article_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "search_article" WHERE "id" = article_id;
    INSERT INTO "search_article" ("id", "title", "body", "document")
    SELECT t."id", t."title", t."body", "search_vector"(t."title", 'A') || "search_vector"(t."body", 'B')
    FROM (SELECT a."id", a."title", "search_doc_text"(a."doc") AS "body" FROM "Article" a WHERE a."id" = article_id) t;
END;
$$;

-- A claim's rating is that of its current verdict (the proposal in review or the approved one).
CREATE FUNCTION "search_index_claim"(claim_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "search_claim" WHERE "id" = claim_id;
    INSERT INTO "search_claim" ("id", "quote", "rating", "assignee", "document")
    SELECT t."id", t."quote", t."rating", t."assignee",
           "search_vector"(t."quote", 'A') || "search_vector"(t."rating", 'B') || "search_vector"(t."assignee", 'B')
    FROM (
        SELECT c."id", c."quote",
               coalesce((SELECT r."label" FROM "Verdict" v JOIN "Rating" r ON r."id" = v."ratingId"
                         WHERE v."claimId" = c."id" AND v."state" IN ('PROPOSED', 'APPROVED')
                         ORDER BY v."createdAt" DESC LIMIT 1), '') AS "rating",
               coalesce((SELECT u."name" FROM "User" u WHERE u."id" = c."assigneeId"), '') AS "assignee"
        FROM "Claim" c WHERE c."id" = claim_id
    ) t;
END;
$$;

CREATE FUNCTION "search_index_source"(source_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "search_source" WHERE "id" = source_id;
    INSERT INTO "search_source" ("id", "document")
    SELECT s."id", "search_vector"(s."title", 'A') || "search_vector"(s."publisher", 'A')
                   || "search_vector"(s."url", 'B') || "search_vector"(s."note", 'C')
    FROM "Source" s WHERE s."id" = source_id;
END;
$$;

-- A comment is also found by the names of the people it mentions ("@kim" by "Kim Checker"):
-- a mention is "@" and the local part of the person's email (lib/domain/comments/mentions.ts).
CREATE FUNCTION "search_index_comment"(comment_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "search_comment" WHERE "id" = comment_id;
    INSERT INTO "search_comment" ("id", "mentions", "document")
    SELECT t."id", t."mentions", "search_vector"(t."body", 'A') || "search_vector"(t."mentions", 'B')
    FROM (
        SELECT m."id", m."body",
               coalesce((SELECT string_agg(u."name", ' ') FROM "User" u
                         WHERE position('@' IN u."email") > 1
                           AND position('@' || lower(split_part(u."email", '@', 1)) IN lower(m."body")) > 0
                           AND lower(m."body") ~ ('@' || regexp_replace(lower(split_part(u."email", '@', 1)), '([^a-z0-9])', '\\\1', 'g') || '([^a-z0-9_-]|$)')),
                        '') AS "mentions"
        FROM "Comment" m WHERE m."id" = comment_id
    ) t;
END;
$$;

CREATE FUNCTION "search_article_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "search_index_article"(CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_article_changed" AFTER INSERT OR UPDATE OF "title", "doc" OR DELETE ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "search_article_changed"();

CREATE FUNCTION "search_claim_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "search_index_claim"(CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_claim_changed" AFTER INSERT OR UPDATE OF "quote", "assigneeId" OR DELETE ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION "search_claim_changed"();

CREATE FUNCTION "search_verdict_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "search_index_claim"(CASE WHEN TG_OP = 'DELETE' THEN OLD."claimId" ELSE NEW."claimId" END);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_verdict_changed" AFTER INSERT OR UPDATE OF "state", "ratingId" OR DELETE ON "Verdict"
    FOR EACH ROW EXECUTE FUNCTION "search_verdict_changed"();

CREATE FUNCTION "search_rating_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "search_index_claim"(c."claimId") FROM (SELECT DISTINCT "claimId" FROM "Verdict" WHERE "ratingId" = NEW."id") c;
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_rating_changed" AFTER UPDATE OF "label" ON "Rating"
    FOR EACH ROW EXECUTE FUNCTION "search_rating_changed"();

-- A person's new name: the claims assigned to them and the comments mentioning them.
CREATE FUNCTION "search_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "search_index_claim"(c."id") FROM "Claim" c WHERE c."assigneeId" = NEW."id";
    PERFORM "search_index_comment"(m."id") FROM "Comment" m WHERE position('@' IN m."body") > 0;
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_user_changed" AFTER UPDATE OF "name", "email" ON "User"
    FOR EACH ROW EXECUTE FUNCTION "search_user_changed"();

CREATE FUNCTION "search_source_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "search_index_source"(CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_source_changed" AFTER INSERT OR UPDATE OF "title", "publisher", "url", "note" OR DELETE ON "Source"
    FOR EACH ROW EXECUTE FUNCTION "search_source_changed"();

CREATE FUNCTION "search_comment_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "search_index_comment"(CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "search_comment_changed" AFTER INSERT OR UPDATE OF "body" OR DELETE ON "Comment"
    FOR EACH ROW EXECUTE FUNCTION "search_comment_changed"();

-- Backfill: everything written before search existed.
SELECT "search_index_article"("id") FROM "Article";
SELECT "search_index_claim"("id") FROM "Claim";
SELECT "search_index_source"("id") FROM "Source";
SELECT "search_index_comment"("id") FROM "Comment";
