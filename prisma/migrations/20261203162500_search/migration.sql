-- Hand-written: full-text search (lib/server/search). One FTS5 table per kind of thing,
-- keyed by the rowid of the row it indexes, kept in step by the triggers below so that no
-- write can forget the index, and filled from the existing data at the end (backfill).
-- Removed claims, hidden sources and the like stay in the index: the search query filters
-- them, with the live row, at read time. The tables are external to Prisma's schema
-- (lib/db/schema-engine.ts leaves the "search_" tables and views out of its diffs).
--
-- A later migration that rebuilds one of the indexed tables on SQLite (Prisma's "redefine
-- table": create, copy, drop, rename) drops its triggers and renumbers its rowids: it must
-- re-create the triggers and re-run the backfill at the end of this file.

CREATE VIRTUAL TABLE "search_article" USING fts5("title", "body", tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "search_claim" USING fts5("quote", "rating", "assignee", tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "search_source" USING fts5("title", "publisher", "url", "note", tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "search_comment" USING fts5("body", "mentions", tokenize = 'unicode61 remove_diacritics 2');

-- What each index row holds, computed from the live rows. An article's body is the plain
-- text of its Tiptap JSON document: the text nodes in document order, a space between
-- blocks and at a hard break (so "heading" and "next paragraph" stay two words).
CREATE VIEW "search_article_rows" AS
SELECT a."rowid" AS "rid", a."id" AS "id", a."title" AS "title",
       coalesce((SELECT group_concat(CASE WHEN j."key" = 'text' THEN j."value" ELSE ' ' END, '' ORDER BY j."id")
                 FROM json_tree(a."doc") j
                 WHERE (j."key" = 'text' AND j."type" = 'text')
                    OR (j."key" = 'content' AND j."type" = 'array')
                    OR (j."key" = 'type' AND j."value" = 'hardBreak')), '') AS "body"
FROM "Article" a;

-- A claim's rating is that of its current verdict (the proposal in review or the approved one).
CREATE VIEW "search_claim_rows" AS
SELECT c."rowid" AS "rid", c."id" AS "id", c."quote" AS "quote",
       coalesce((SELECT r."label" FROM "Verdict" v JOIN "Rating" r ON r."id" = v."ratingId"
                 WHERE v."claimId" = c."id" AND v."state" IN ('PROPOSED', 'APPROVED')
                 ORDER BY v."createdAt" DESC LIMIT 1), '') AS "rating",
       coalesce((SELECT u."name" FROM "User" u WHERE u."id" = c."assigneeId"), '') AS "assignee"
FROM "Claim" c;

CREATE VIEW "search_source_rows" AS
SELECT s."rowid" AS "rid", s."id" AS "id", s."title" AS "title", s."publisher" AS "publisher",
       s."url" AS "url", s."note" AS "note"
FROM "Source" s;

-- A comment is also found by the names of the people it mentions ("@kim" by "Kim Checker"):
-- a mention is "@" and the local part of the person's email (lib/domain/comments/mentions.ts).
CREATE VIEW "search_comment_rows" AS
SELECT m."rowid" AS "rid", m."id" AS "id", m."body" AS "body",
       coalesce((SELECT group_concat(u."name", ' ') FROM "User" u
                 WHERE instr(u."email", '@') > 1
                   AND (lower(m."body") || ' ') GLOB
                       ('*@' || lower(substr(u."email", 1, instr(u."email", '@') - 1)) || '[^a-z0-9_-]*')), '') AS "mentions"
FROM "Comment" m;

-- Articles: created, renamed, edited (every step batch and whole-document save writes "doc").
CREATE TRIGGER "search_article_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "search_article"("rowid", "title", "body")
    SELECT "rid", "title", "body" FROM "search_article_rows" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "search_article_update" AFTER UPDATE OF "title", "doc" ON "Article" BEGIN
    DELETE FROM "search_article" WHERE "rowid" = OLD."rowid";
    INSERT INTO "search_article"("rowid", "title", "body")
    SELECT "rid", "title", "body" FROM "search_article_rows" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "search_article_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "search_article" WHERE "rowid" = OLD."rowid";
END;

-- Claims: their words, their assignee, their current verdict's rating.
CREATE TRIGGER "search_claim_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "search_claim"("rowid", "quote", "rating", "assignee")
    SELECT "rid", "quote", "rating", "assignee" FROM "search_claim_rows" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "search_claim_update" AFTER UPDATE OF "quote", "assigneeId" ON "Claim" BEGIN
    DELETE FROM "search_claim" WHERE "rowid" = OLD."rowid";
    INSERT INTO "search_claim"("rowid", "quote", "rating", "assignee")
    SELECT "rid", "quote", "rating", "assignee" FROM "search_claim_rows" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "search_claim_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "search_claim" WHERE "rowid" = OLD."rowid";
END;
CREATE TRIGGER "search_verdict_insert" AFTER INSERT ON "Verdict" BEGIN
    DELETE FROM "search_claim" WHERE "rowid" = (SELECT "rowid" FROM "Claim" WHERE "id" = NEW."claimId");
    INSERT INTO "search_claim"("rowid", "quote", "rating", "assignee")
    SELECT "rid", "quote", "rating", "assignee" FROM "search_claim_rows" WHERE "id" = NEW."claimId";
END;
CREATE TRIGGER "search_verdict_update" AFTER UPDATE OF "state", "ratingId" ON "Verdict" BEGIN
    DELETE FROM "search_claim" WHERE "rowid" = (SELECT "rowid" FROM "Claim" WHERE "id" = NEW."claimId");
    INSERT INTO "search_claim"("rowid", "quote", "rating", "assignee")
    SELECT "rid", "quote", "rating", "assignee" FROM "search_claim_rows" WHERE "id" = NEW."claimId";
END;
CREATE TRIGGER "search_verdict_delete" AFTER DELETE ON "Verdict" BEGIN
    DELETE FROM "search_claim" WHERE "rowid" = (SELECT "rowid" FROM "Claim" WHERE "id" = OLD."claimId");
    INSERT INTO "search_claim"("rowid", "quote", "rating", "assignee")
    SELECT "rid", "quote", "rating", "assignee" FROM "search_claim_rows" WHERE "id" = OLD."claimId";
END;
CREATE TRIGGER "search_rating_update" AFTER UPDATE OF "label" ON "Rating" BEGIN
    DELETE FROM "search_claim" WHERE "rowid" IN
        (SELECT c."rowid" FROM "Claim" c WHERE c."id" IN (SELECT "claimId" FROM "Verdict" WHERE "ratingId" = NEW."id"));
    INSERT INTO "search_claim"("rowid", "quote", "rating", "assignee")
    SELECT "rid", "quote", "rating", "assignee" FROM "search_claim_rows"
    WHERE "id" IN (SELECT "claimId" FROM "Verdict" WHERE "ratingId" = NEW."id");
END;

-- A person's new name: the claims assigned to them and the comments mentioning them.
CREATE TRIGGER "search_user_update" AFTER UPDATE OF "name", "email" ON "User" BEGIN
    DELETE FROM "search_claim" WHERE "rowid" IN (SELECT "rowid" FROM "Claim" WHERE "assigneeId" = NEW."id");
    INSERT INTO "search_claim"("rowid", "quote", "rating", "assignee")
    SELECT "rid", "quote", "rating", "assignee" FROM "search_claim_rows"
    WHERE "id" IN (SELECT "id" FROM "Claim" WHERE "assigneeId" = NEW."id");
    DELETE FROM "search_comment" WHERE "rowid" IN (SELECT "rowid" FROM "Comment" WHERE instr("body", '@') > 0);
    INSERT INTO "search_comment"("rowid", "body", "mentions")
    SELECT "rid", "body", "mentions" FROM "search_comment_rows" WHERE instr("body", '@') > 0;
END;

CREATE TRIGGER "search_source_insert" AFTER INSERT ON "Source" BEGIN
    INSERT INTO "search_source"("rowid", "title", "publisher", "url", "note")
    SELECT "rid", "title", "publisher", "url", "note" FROM "search_source_rows" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "search_source_update" AFTER UPDATE OF "title", "publisher", "url", "note" ON "Source" BEGIN
    DELETE FROM "search_source" WHERE "rowid" = OLD."rowid";
    INSERT INTO "search_source"("rowid", "title", "publisher", "url", "note")
    SELECT "rid", "title", "publisher", "url", "note" FROM "search_source_rows" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "search_source_delete" AFTER DELETE ON "Source" BEGIN
    DELETE FROM "search_source" WHERE "rowid" = OLD."rowid";
END;

CREATE TRIGGER "search_comment_insert" AFTER INSERT ON "Comment" BEGIN
    INSERT INTO "search_comment"("rowid", "body", "mentions")
    SELECT "rid", "body", "mentions" FROM "search_comment_rows" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "search_comment_update" AFTER UPDATE OF "body" ON "Comment" BEGIN
    DELETE FROM "search_comment" WHERE "rowid" = OLD."rowid";
    INSERT INTO "search_comment"("rowid", "body", "mentions")
    SELECT "rid", "body", "mentions" FROM "search_comment_rows" WHERE "id" = NEW."id";
END;
CREATE TRIGGER "search_comment_delete" AFTER DELETE ON "Comment" BEGIN
    DELETE FROM "search_comment" WHERE "rowid" = OLD."rowid";
END;

-- Backfill: everything written before search existed.
INSERT INTO "search_article"("rowid", "title", "body") SELECT "rid", "title", "body" FROM "search_article_rows";
INSERT INTO "search_claim"("rowid", "quote", "rating", "assignee") SELECT "rid", "quote", "rating", "assignee" FROM "search_claim_rows";
INSERT INTO "search_source"("rowid", "title", "publisher", "url", "note") SELECT "rid", "title", "publisher", "url", "note" FROM "search_source_rows";
INSERT INTO "search_comment"("rowid", "body", "mentions") SELECT "rid", "body", "mentions" FROM "search_comment_rows";
