package jp.mamori.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jp.mamori.inventory.KevAliasFile;
import jp.mamori.inventory.KevCatalogueFile;
import jp.mamori.inventory.domain.KevAlias;
import jp.mamori.inventory.domain.KevAliases;
import jp.mamori.inventory.domain.KevEntry;
import jp.mamori.inventory.domain.KevMatcher;
import jp.mamori.inventory.domain.ProductNames;

/**
 * KEV matching at national scale (not a test: figures for the README). Run with: bench/run kev
 *
 * 2,000 cases × 20 devices on the real catalogue and the shipped aliases: real KEV vendors and products typed as
 * hospitals type them (full width, "Inc.", model numbers, old names), many devices KEV does not list, Japanese
 * vendor names. Matched with {@link KevMatcher} and with a naive loop over every entry using the same
 * normalisation and aliases; both must find the same entries for every device.
 */
public final class KevBenchmark {

    static final int CASES = 2_000;
    static final int DEVICES_PER_CASE = 20;
    static final int WARMUP = 3;
    static final int ROUNDS = 7;

    record Device(String vendor, String product) {
    }

    public static void main(String[] args) throws IOException {
        KevCatalogueFile.Catalogue catalogue = KevCatalogueFile.parse(resource("reference/kev/known_exploited_vulnerabilities.json"));
        List<KevEntry> entries = catalogue.entries().stream().map(KevCatalogueFile.Row::entry).toList();
        KevAliases aliases = new KevAliases(KevAliasFile.parse(resource("reference/kev/aliases.json"), KevAlias.Origin.SHIPPED));
        List<Device> devices = devices(new Random(20261201L));

        long[] builds = new long[ROUNDS];
        KevMatcher matcher = null;
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            long t = System.nanoTime();
            matcher = new KevMatcher(entries, aliases);
            if (i >= WARMUP) {
                builds[i - WARMUP] = System.nanoTime() - t;
            }
        }
        Naive naive = new Naive(entries, aliases);

        long[] indexed = new long[ROUNDS];
        long[] plain = new long[ROUNDS];
        int matchedDevices = 0;
        long matches = 0;
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            long t = System.nanoTime();
            List<List<KevEntry>> a = new ArrayList<>(devices.size());
            for (Device d : devices) {
                a.add(matcher.matches(d.vendor(), d.product()));
            }
            long t1 = System.nanoTime();
            List<List<KevEntry>> b = new ArrayList<>(devices.size());
            for (Device d : devices) {
                b.add(naive.matches(d.vendor(), d.product()));
            }
            long t2 = System.nanoTime();
            if (!a.equals(b)) {
                for (int k = 0; k < devices.size(); k++) {
                    if (!a.get(k).equals(b.get(k))) {
                        System.err.println("DIFFERENT for " + devices.get(k) + ": " + ids(a.get(k)) + " vs " + ids(b.get(k)));
                        System.exit(1);
                    }
                }
            }
            if (i >= WARMUP) {
                indexed[i - WARMUP] = t1 - t;
                plain[i - WARMUP] = t2 - t1;
            }
            matchedDevices = (int) a.stream().filter(l -> !l.isEmpty()).count();
            matches = a.stream().mapToLong(List::size).sum();
        }
        System.out.printf("KEV catalogue %s: %d entries, %d aliases; %d cases × %d devices = %d devices%n",
                catalogue.catalogVersion(), entries.size(), aliases.all().size(), CASES, DEVICES_PER_CASE, devices.size());
        System.out.printf("devices with a match: %d (%.1f %%), matches in all: %d; both ways found the same for every device%n",
                matchedDevices, 100.0 * matchedDevices / devices.size(), matches);
        System.out.printf("building the index: median %.1f ms%n", median(builds) / 1e6);
        System.out.printf("KevMatcher (indexed): median %.1f ms for all, %.2f µs per device%n",
                median(indexed) / 1e6, median(indexed) / 1e3 / devices.size());
        System.out.printf("naive loop over every entry: median %.1f ms for all, %.2f µs per device (%.0f× slower)%n",
                median(plain) / 1e6, median(plain) / 1e3 / devices.size(), (double) median(plain) / median(indexed));
        System.exit(0);
    }

    /** The plain-Java baseline: the same keys (normalisation and aliases), every entry compared with every device. */
    static final class Naive {
        private final List<KevEntry> entries;
        private final List<Set<KevAliases.Key>> keys = new ArrayList<>();
        private final KevAliases aliases;

        Naive(List<KevEntry> entries, KevAliases aliases) {
            this.entries = entries;
            this.aliases = aliases;
            for (KevEntry e : entries) {
                keys.add(aliases.expand(e.vendorProject(), e.product()));
            }
        }

        List<KevEntry> matches(String vendor, String product) {
            Set<KevAliases.Key> device = aliases.expand(vendor, product);
            List<KevEntry> out = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (any(device, keys.get(i))) {
                    out.add(entries.get(i));
                }
            }
            return out;
        }

        private static boolean any(Set<KevAliases.Key> device, Set<KevAliases.Key> entry) {
            for (KevAliases.Key d : device) {
                for (KevAliases.Key e : entry) {
                    if (d.vendor().equals(e.vendor()) && ProductNames.match(d.name(), e.name())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** About one device in eight is a real KEV product as typed in a hearing; the rest are what hospitals also run. */
    static List<Device> devices(Random random) {
        List<Device> kev = List.of(
                new Device("Fortinet", "FortiGate 60F"), new Device("Fortinet, Inc.", "FortiOS 6.4"),
                new Device("ＦＯＲＴＩＮＥＴ", "ＦｏｒｔｉＧａｔｅ"), new Device("フォーティネットジャパン合同会社", "FortiGate"),
                new Device("FortiGate", "100F"), new Device("Pulse Secure", "Pulse Connect Secure"),
                new Device("Ivanti", "Connect Secure"), new Device("Citrix", "NetScaler ADC"),
                new Device("Cloud Software Group", "NetScaler Gateway"), new Device("Citrix", "Citrix ADC"),
                new Device("Cisco Systems, Inc.", "ASA 5506-X"), new Device("シスコシステムズ合同会社", "IOS XE"),
                new Device("Palo Alto Networks", "PAN-OS 10.2"), new Device("SonicWall", "SMA100"),
                new Device("Microsoft Corporation", "Windows Server 2016"), new Device("日本マイクロソフト株式会社", "Exchange Server"),
                new Device("VMware", "ESXi 7.0"), new Device("トレンドマイクロ株式会社", "Apex One"),
                new Device("QNAP Systems", "QTS"), new Device("ConnectWise", "ScreenConnect"));
        List<Device> other = List.of(
                new Device("ヤマハ株式会社", "RTX1210"), new Device("ヤマハ", "RTX830"), new Device("日本電気株式会社", "UNIVERGE IX2215"),
                new Device("NEC", "UNIVERGE IX3110"), new Device("富士通株式会社", "Si-R G210"), new Device("富士通", "IPCOM EX2"),
                new Device("アライドテレシス株式会社", "AT-AR4050S"), new Device("キヤノンメディカルシステムズ株式会社", "Aquilion ONE"),
                new Device("富士フイルムメディカル株式会社", "SYNAPSE"), new Device("株式会社ＰＦＵ", "iNetSec"),
                new Device("Allied Telesis", "x530"), new Device("Buffalo", "TeraStation TS5410"), new Device("NTT東日本", "光ルータ PR-600"),
                new Device("Siemens Healthineers", "syngo.via"), new Device("GE HealthCare", "Centricity PACS"),
                new Device("Philips", "IntelliSpace Portal"), new Device("Sophos", "XGS 2100"), new Device("Fortinet", "FortiNAC-F"),
                new Device("Juniper Networks", "SRX300"), new Device("Cisco", "Meraki MX68"), new Device("Ｓｏｐｈｏｓ", "ＵＴＭ"),
                new Device("セコム株式会社", "VPN装置"), new Device("NTTデータ", "HOPE EGMAIN-GX"), new Device("Dell", "PowerEdge R750"),
                new Device("Hewlett Packard Enterprise", "Aruba 2930F"), new Device(null, "VPNルータ"), new Device("ソフトバンク", null));
        List<Device> out = new ArrayList<>(CASES * DEVICES_PER_CASE);
        for (int c = 0; c < CASES; c++) {
            for (int d = 0; d < DEVICES_PER_CASE; d++) {
                Device base = random.nextInt(8) == 0 ? kev.get(random.nextInt(kev.size())) : other.get(random.nextInt(other.size()));
                out.add(random.nextInt(4) == 0 && base.product() != null
                        ? new Device(base.vendor(), base.product() + " (" + (c % 7) + "号機)") : base);
            }
        }
        return out;
    }

    static long median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static String ids(List<KevEntry> entries) {
        return entries.stream().map(KevEntry::cveId).toList().toString();
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = KevBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
