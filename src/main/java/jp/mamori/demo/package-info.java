/** The demo a newcomer opens: accounts for every role, nominations of several prefectures, fills already run. */
package jp.mamori.demo;
