package com.aeghash.organization;

/** A child slot of a binary node; left is filled before right. */
public enum Side {
    LEFT("L"),
    RIGHT("R");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    /** The one-letter code stored in the database and shown in the API. */
    public String code() {
        return code;
    }

    public static Side fromCode(String code) {
        return switch (code) {
            case "L" -> LEFT;
            case "R" -> RIGHT;
            default -> throw new IllegalArgumentException("unknown side " + code);
        };
    }
}
