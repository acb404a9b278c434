import type { MetadataRoute } from "next";

/** Search engines index the public pages only: the account, the staff pages and the API are nobody's search result. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: ["/account", "/admin", "/api"] } };
}
