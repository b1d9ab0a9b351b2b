-- CreateTable
CREATE TABLE "SessionLog" (
    "planId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "completedOn" TEXT,
    "sessionDate" TEXT NOT NULL,
    "sessionTitle" TEXT NOT NULL,
    "exercises" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("planId", "sessionId"),
    CONSTRAINT "SessionLog_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanFeed" (
    "planId" TEXT NOT NULL PRIMARY KEY,
    "events" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlanFeed_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "editTokenHash" TEXT NOT NULL,
    "input" TEXT NOT NULL,
    "inputVersion" INTEGER NOT NULL DEFAULT 1,
    "adjustments" TEXT NOT NULL DEFAULT '{}',
    "runPlanSnapshot" TEXT,
    "engineVersion" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Plan" ("createdAt", "editTokenHash", "engineVersion", "id", "input", "updatedAt") SELECT "createdAt", "editTokenHash", "engineVersion", "id", "input", "updatedAt" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

