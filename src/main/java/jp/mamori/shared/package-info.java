/** Value types every module shares: codes, fiscal years, Japanese dates. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.mamori.shared;
