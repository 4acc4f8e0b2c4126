package jp.mamori.inventory.domain;

/** What a connection point is for (survey.md, "External connection inventory"). */
public enum Purpose {
    REMOTE_MAINTENANCE, INTERNET, REGIONAL_NETWORK, ONLINE_QUALIFICATION, CLOUD_SERVICE, EMAIL, PARTNER_LINK, OTHER
}
