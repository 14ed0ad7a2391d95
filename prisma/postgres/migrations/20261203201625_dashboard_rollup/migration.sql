-- CreateTable
CREATE TABLE "DashboardDay" (
    "day" TEXT NOT NULL,
    "batch" TEXT NOT NULL,
    "rolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DashboardDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "DashboardStatusDelta" (
    "day" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "DashboardStatusDelta_pkey" PRIMARY KEY ("day","status")
);

-- CreateTable
CREATE TABLE "DashboardVerified" (
    "day" TEXT NOT NULL,
    "checkerId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DashboardVerified_pkey" PRIMARY KEY ("day","checkerId")
);

-- CreateTable
CREATE TABLE "DashboardDuration" (
    "verdictId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "checkerId" TEXT NOT NULL,
    "ms" BIGINT NOT NULL,

    CONSTRAINT "DashboardDuration_pkey" PRIMARY KEY ("verdictId")
);

-- CreateIndex
CREATE INDEX "DashboardDuration_day_checkerId_ms_idx" ON "DashboardDuration"("day", "checkerId", "ms");

-- CreateIndex
CREATE INDEX "DashboardDuration_ms_day_idx" ON "DashboardDuration"("ms", "day");

-- CreateIndex
CREATE INDEX "DashboardDuration_checkerId_ms_day_idx" ON "DashboardDuration"("checkerId", "ms", "day");
