package jp.mamori.setup;

/** The first-start steps, in the order they run; the names are stored in {@code setup_step}. */
public enum SetupStep {
    ADMIN("admin"),
    DEMO_REGISTRY("demo-registry"),
    DEMO_PROGRAM("demo-program"),
    DEMO_DATA("demo-data"),
    /** Added after the demo first shipped: an installation planned with the older demo gets it on its next start. */
    DEMO_SURVEY("demo-survey"),
    /** Added with the report's approval: two demo cases past REPORT, one of them delivered. */
    DEMO_REPORT("demo-report");

    private final String stored;

    SetupStep(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }
}
