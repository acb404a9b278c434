-- AlterTable
ALTER TABLE "Tariff" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Option" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "TariffPrice" (
    "id" TEXT NOT NULL,
    "tariffId" TEXT NOT NULL,
    "monthlyFee" INTEGER NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TariffPrice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TariffPrice_tariffId_effectiveFrom_key" ON "TariffPrice"("tariffId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "TariffPrice" ADD CONSTRAINT "TariffPrice_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

