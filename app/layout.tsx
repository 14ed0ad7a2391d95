import type { Metadata } from "next";
import { connection } from "next/server";
import { Toaster } from "sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Editorial fact-checking workbench",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so that its scripts carry that request's CSP nonce
  // (proxy.ts); a page prerendered at build time would have none and could not run.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <TooltipProvider>{children}</TooltipProvider>
        <Toaster position="bottom-right" richColors closeButton />
      </body>
    </html>
  );
}
