import type { NextConfig } from "next";
import { sharedNextConfig } from "@ishonch/web/next-config";

const nextConfig: NextConfig = sharedNextConfig;

export default nextConfig;
