package jp.mamori.shared;

/** 担当者: a hospital's contact person for the contractor (the form asks for two or more). */
public record Contact(String department, String name, String phone, String email) {
}
