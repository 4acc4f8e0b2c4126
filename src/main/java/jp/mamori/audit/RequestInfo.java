package jp.mamori.audit;

/** Where the current request came from (channel: web or api), for the audit trail; null outside a request. */
public record RequestInfo(String requestId, String clientIp, String channel) {

    private static final ThreadLocal<RequestInfo> CURRENT = new ThreadLocal<>();

    public static RequestInfo current() {
        return CURRENT.get();
    }

    static void set(RequestInfo info) {
        CURRENT.set(info);
    }

    static void clear() {
        CURRENT.remove();
    }
}
