import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 6.19 with the JavaScript engine: no native engine download (see ../shared/stack-facts.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgres://localhost/unused" });
  },
});
