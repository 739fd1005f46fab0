import type { NextConfig } from "next";
import { sharedNextConfig } from "@ishonch/web/next-config";

/**
 * Headers for every response, static files and the API included; the Content-Security-
 * Policy with its per-request script nonce comes from proxy.ts.
 */
const nextConfig: NextConfig = {
  ...sharedNextConfig,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default nextConfig;
