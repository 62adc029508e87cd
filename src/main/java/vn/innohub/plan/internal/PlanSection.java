package vn.innohub.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Mục: a section of a plan (I, II … or a numbered group of tasks). */
@Entity
@Table(name = "plan_section")
public class PlanSection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private int position;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 1000)
  private String title;

  @Version
  private long version;

  protected PlanSection() {}

  PlanSection(Plan plan, int position, String code, String title) {
    this.plan = plan;
    this.position = position;
    this.code = code;
    this.title = title;
  }

  public void rename(String newCode, String newTitle) {
    this.code = newCode;
    this.title = newTitle;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String label() {
    return code + ". " + title;
  }
}
