/** The survey of each selected hospital: cases, documents, questionnaires, inventory and findings. */
package jp.mamori.survey;
