package jp.mamori.survey.document;

/** The file types a survey document may have, each with the media type it is served as. */
public enum DocumentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    VSDX("application/vnd.ms-visio.drawing");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
