package jp.mamori.survey.document;

/** Looks at an upload before it is stored. */
interface VirusScanner {

    /** Returns normally when clean; throws {@link InfectedFileException} or {@link ScannerUnavailableException}. */
    void scan(byte[] content);

    /** No scanner configured: the README says uploads are then stored unscanned. */
    VirusScanner NONE = content -> { };
}
