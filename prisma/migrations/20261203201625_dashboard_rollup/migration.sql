-- CreateTable
CREATE TABLE "DashboardDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "batch" TEXT NOT NULL,
    "rolledAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DashboardStatusDelta" (
    "day" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    PRIMARY KEY ("day", "status")
);

-- CreateTable
CREATE TABLE "DashboardVerified" (
    "day" TEXT NOT NULL,
    "checkerId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("day", "checkerId")
);

-- CreateTable
CREATE TABLE "DashboardDuration" (
    "verdictId" TEXT NOT NULL PRIMARY KEY,
    "day" TEXT NOT NULL,
    "checkerId" TEXT NOT NULL,
    "ms" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "DashboardDuration_day_checkerId_ms_idx" ON "DashboardDuration"("day", "checkerId", "ms");

-- CreateIndex
CREATE INDEX "DashboardDuration_ms_day_idx" ON "DashboardDuration"("ms", "day");

-- CreateIndex
CREATE INDEX "DashboardDuration_checkerId_ms_day_idx" ON "DashboardDuration"("checkerId", "ms", "day");
